/**
 * The Backprop Lab page, where learners type a program and watch its computation graph.
 */
@ApplicationModule(displayName = "Backprop Lab", allowedDependencies = "autograd")
@NullMarked
package io.aieducademy.lab;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
