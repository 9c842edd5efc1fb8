package io.aieducademy.accounts;

import io.aieducademy.support.PostgresSchema;

/**
 * The same tests as {@link AccountTests}, with accounts, sessions and learner data in
 * PostgreSQL.
 */
@PostgresSchema
class PostgresAccountTests extends AccountTests {

}
