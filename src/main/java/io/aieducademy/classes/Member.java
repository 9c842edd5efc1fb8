package io.aieducademy.classes;

import java.util.UUID;

/**
 * A learner in a class, as the class's figures need them.
 *
 * @param accountId their account
 * @param username the name the teacher sees
 * @param learnerId the id their answers and completions are stored under
 */
record Member(long accountId, String username, UUID learnerId) {
}
