/**
 * Learner data: the anonymous learner cookie, answer attempts, lesson completions and
 * percent complete.
 */
@ApplicationModule(displayName = "Progress", allowedDependencies = {})
@NullMarked
package io.aieducademy.progress;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
