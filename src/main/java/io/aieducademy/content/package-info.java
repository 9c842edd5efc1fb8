/**
 * The content catalogue: tracks, programs, lessons and quick checks, read from text files
 * once at start-up and immutable afterwards.
 */
@NullMarked
package io.aieducademy.content;

import org.jspecify.annotations.NullMarked;
