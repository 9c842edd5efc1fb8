/** AI Educademy: an interactive lesson site that teaches how neural networks learn. */
@NullMarked
package io.aieducademy;

import org.jspecify.annotations.NullMarked;
