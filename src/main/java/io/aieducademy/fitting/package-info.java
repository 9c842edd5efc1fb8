/**
 * Polynomial curve fitting for the Overfitting and Underfitting lesson: a small noisy
 * data set made the same way every time, least-squares fits of degree 0 to 9 with an
 * optional L2 penalty, and {@code POST /api/polynomial-fit}, which answers a fit's curve
 * and its training and test errors.
 */
@ApplicationModule(displayName = "Fitting", allowedDependencies = { "autograd :: web" })
@NullMarked
package io.aieducademy.fitting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
