package io.aieducademy.catalogue;

import io.aieducademy.support.PostgresSchema;

/** The same tests as {@link LessonPageTests}, with learner data in PostgreSQL. */
@PostgresSchema
class PostgresLessonPageTests extends LessonPageTests {

}
