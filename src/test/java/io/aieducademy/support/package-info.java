/**
 * Test support: outside programs that some tests need, and the application as a separate
 * process.
 */
@NullMarked
package io.aieducademy.support;

import org.jspecify.annotations.NullMarked;
