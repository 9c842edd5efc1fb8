/**
 * Quick checks graded on the server and the lesson completion rule, with their forms and
 * their JSON API.
 */
@ApplicationModule(displayName = "Quiz", allowedDependencies = { "catalogue", "progress", "ratelimit", "json" })
@NullMarked
package io.aieducademy.quiz;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
