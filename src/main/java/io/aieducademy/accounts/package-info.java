/**
 * Accounts: sign-up, sign-in and the signed-in user. A signed-in learner's progress lives
 * under the learner id of their account, so the quiz and progress features work the same
 * for anonymous and signed-in learners.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = { "progress", "ratelimit" })
@NullMarked
package io.aieducademy.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
