/** Quick checks graded on the server, lesson completion rules, and the quiz REST API. */
@NullMarked
package io.aieducademy.quiz;

import org.jspecify.annotations.NullMarked;
