package io.aieducademy.classes;

import io.aieducademy.support.PostgresSchema;

/** The same tests as {@link ClassesTests}, with the classes and answers in PostgreSQL. */
@PostgresSchema
class PostgresClassesTests extends ClassesTests {

}
