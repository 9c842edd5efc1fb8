/** The program and lesson pages that learners read. */
@NullMarked
package io.aieducademy.lesson;

import org.jspecify.annotations.NullMarked;
