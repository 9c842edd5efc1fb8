/**
 * The Backprop Lab page, where learners type a program and watch its computation graph.
 */
@NullMarked
package io.aieducademy.lab;

import org.jspecify.annotations.NullMarked;
