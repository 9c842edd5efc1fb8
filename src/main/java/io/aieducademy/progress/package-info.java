/**
 * Learner data: the anonymous learner cookie, answer attempts, lesson completions and
 * percent complete.
 */
@NullMarked
package io.aieducademy.progress;

import org.jspecify.annotations.NullMarked;
