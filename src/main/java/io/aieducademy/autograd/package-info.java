/**
 * The autograd engine: parses a learner's program, runs it forward and backward and
 * reports every node's value and gradient, using the JDK only. It carries no module
 * annotation, since that would be a dependency beyond the JDK: ModularityTests checks
 * instead that the module, web layer included, uses no other module.
 */
@NullMarked
package io.aieducademy.autograd;

import org.jspecify.annotations.NullMarked;
