package io.aieducademy.quiz;

import io.aieducademy.support.PostgresSchema;

/** The same tests as {@link QuizApiTests}, with learner data in PostgreSQL. */
@PostgresSchema
class PostgresQuizApiTests extends QuizApiTests {

}
