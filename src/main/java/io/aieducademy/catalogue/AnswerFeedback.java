package io.aieducademy.catalogue;

import org.jspecify.annotations.Nullable;

/**
 * The answer the learner just gave to one quick check, shown after the form post's
 * redirect; a null choice means the form was sent without one.
 */
record AnswerFeedback(String quickCheckId, @Nullable Integer choice) {
}
