package io.aieducademy.accounts;

import java.util.UUID;

/**
 * Published, inside the deleting transaction, when a user deletes their account: every
 * feature that stores data about the account deletes it on this event.
 *
 * @param accountId the deleted account's id
 * @param learnerId the learner id its answers and completions were stored under
 */
public record AccountDeleted(long accountId, UUID learnerId) {
}
