/**
 * Classes for teachers: anyone signed in creates a class and shares its join code;
 * learners join with the code and may leave; the teacher sees, computed from the members'
 * real answers and completions, which quick checks the class gets wrong.
 */
@ApplicationModule(displayName = "Classes",
		allowedDependencies = { "accounts", "catalogue", "progress", "ratelimit", "json" })
@NullMarked
package io.aieducademy.classes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
