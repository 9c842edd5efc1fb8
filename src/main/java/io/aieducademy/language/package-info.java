/**
 * Two tiny language models trained at start-up on a public-domain text the site ships: a
 * byte-pair-encoding tokeniser and a bigram next-word model, with
 * {@code POST /api/tokeniser} and {@code POST /api/next-word} for the Tokenisation and
 * Understanding LLMs lessons.
 */
@ApplicationModule(displayName = "Language", allowedDependencies = { "autograd :: web" })
@NullMarked
package io.aieducademy.language;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
