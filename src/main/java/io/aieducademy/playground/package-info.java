/**
 * The Neural Network Playground: the page at {@code /lab/playground} and the stateless
 * {@code POST /api/playground/train}, which trains a small network on the autograd
 * engine.
 */
@ApplicationModule(displayName = "Playground", allowedDependencies = { "autograd", "autograd :: web" })
@NullMarked
package io.aieducademy.playground;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
