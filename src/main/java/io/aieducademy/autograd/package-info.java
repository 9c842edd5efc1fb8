/**
 * The autograd engine: parses a learner's program, runs it forward and backward and
 * reports every node's value and gradient, using the JDK only.
 */
@NullMarked
package io.aieducademy.autograd;

import org.jspecify.annotations.NullMarked;
