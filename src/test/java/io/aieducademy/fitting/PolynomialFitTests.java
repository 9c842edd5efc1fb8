package io.aieducademy.fitting;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

/**
 * The least-squares fit and the lesson's data: a polynomial is recovered exactly from its
 * own points, the penalised fit solves the penalised normal equations, a degree one less
 * than the number of points passes through every point, and the data is the same on every
 * call.
 */
class PolynomialFitTests {

	@Test
	void recoversAPolynomialFromItsOwnPoints() {
		List<CurveData.DataPoint> points = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			double x = i / 11.0;
			points.add(new CurveData.DataPoint(x, 2 - 3 * x + 0.5 * x * x * x));
		}
		PolynomialFit fit = PolynomialFit.of(points, 3, 0);
		assertThat(fit.degree()).isEqualTo(3);
		assertThat(fit.coefficients().get(0)).isCloseTo(2, offset(1e-10));
		assertThat(fit.coefficients().get(1)).isCloseTo(-3, offset(1e-9));
		assertThat(fit.coefficients().get(2)).isCloseTo(0, offset(1e-8));
		assertThat(fit.coefficients().get(3)).isCloseTo(0.5, offset(1e-8));
		assertThat(fit.meanSquaredError(points)).isLessThan(1e-20);
		assertThat(fit.at(2)).isCloseTo(2 - 6 + 4, offset(1e-8));
	}

	@Test
	void aStraightLineIsTheOrdinaryRegressionLine() {
		List<CurveData.DataPoint> points = List.of(new CurveData.DataPoint(0, 1), new CurveData.DataPoint(1, 3),
				new CurveData.DataPoint(2, 2), new CurveData.DataPoint(3, 5));
		PolynomialFit line = PolynomialFit.of(points, 1, 0);
		// slope = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)² = 5.5 / 5 with x̄ = 1.5, ȳ = 2.75
		assertThat(line.coefficients().get(1)).isCloseTo(1.1, offset(1e-12));
		assertThat(line.coefficients().get(0)).isCloseTo(2.75 - 1.1 * 1.5, offset(1e-12));
		assertThat(PolynomialFit.of(points, 0, 0).coefficients()).singleElement()
			.satisfies((mean) -> assertThat(mean).isCloseTo(2.75, offset(1e-12)));
	}

	@Test
	void thePenaltyShrinksEveryCoefficientButTheConstant() {
		// The penalised normal equations for a line, written out: with penalty p,
		// [n, Σx; Σx, Σx² + p] · [w0, w1] = [Σy, Σxy].
		List<CurveData.DataPoint> points = List.of(new CurveData.DataPoint(0, 1), new CurveData.DataPoint(1, 3),
				new CurveData.DataPoint(2, 2), new CurveData.DataPoint(3, 5));
		double p = 2;
		double n = 4;
		double sx = 6;
		double sxx = 14 + p;
		double sy = 11;
		double sxy = 0 + 3 + 4 + 15;
		double w1 = (n * sxy - sx * sy) / (n * sxx - sx * sx);
		double w0 = (sy - sx * w1) / n;
		PolynomialFit fit = PolynomialFit.of(points, 1, p);
		assertThat(fit.coefficients().get(0)).isCloseTo(w0, offset(1e-12));
		assertThat(fit.coefficients().get(1)).isCloseTo(w1, offset(1e-12));
		assertThat(Math.abs(w1)).isLessThan(1.1);
		assertThat(PolynomialFit.of(points, 0, 1000).coefficients().get(0)).as("the level is not penalised")
			.isCloseTo(2.75, offset(1e-12));
	}

	@Test
	void degreeNineThroughTenPointsHitsEveryOne() {
		List<CurveData.DataPoint> points = CurveData.training(10);
		PolynomialFit fit = PolynomialFit.of(points, 9, 0);
		for (CurveData.DataPoint point : points) {
			assertThat(fit.at(point.x())).isCloseTo(point.y(), offset(1e-6));
		}
	}

	@Test
	void tooFewPointsOrABadPenaltyIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> PolynomialFit.of(CurveData.training(10), 10, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> PolynomialFit.of(CurveData.training(10), 3, -1));
		assertThatIllegalArgumentException().isThrownBy(() -> PolynomialFit.of(CurveData.training(10), 3, Double.NaN));
		assertThatIllegalArgumentException().isThrownBy(() -> CurveFits.of(3, 9, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> CurveFits.of(10, 10, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> CurveFits.of(3, 10, 11));
	}

	@Test
	void theDataIsTheSameEveryTimeAndScatteredAroundTheWave() {
		List<CurveData.DataPoint> training = CurveData.training(10);
		assertThat(CurveData.training(10)).isEqualTo(training);
		assertThat(CurveData.test()).isEqualTo(CurveData.test()).hasSize(CurveData.TEST_POINTS);
		assertThat(training).extracting(CurveData.DataPoint::x).startsWith(0.0).endsWith(1.0);
		assertThat(training.get(1).x()).isCloseTo(1 / 9.0, offset(1e-15));
		assertThat(CurveData.test()).allSatisfy((p) -> assertThat(p.x()).isBetween(0.0, 1.0));
		// the noise: mean near 0 and spread near 0.3 over many points
		List<CurveData.DataPoint> many = CurveData.training(4000);
		double mean = many.stream().mapToDouble((p) -> p.y() - CurveData.truth(p.x())).average().orElseThrow();
		double spread = Math.sqrt(many.stream()
			.mapToDouble((p) -> Math.pow(p.y() - CurveData.truth(p.x()) - mean, 2))
			.average()
			.orElseThrow());
		assertThat(mean).isCloseTo(0, offset(0.02));
		assertThat(spread).isCloseTo(CurveData.NOISE, offset(0.015));
	}

	@Test
	void anAnswerHasTheCurveAndBothErrorsOfEveryDegree() {
		CurveFits.FitAnswer answer = CurveFits.of(9, 10, 0);
		assertThat(answer.curve()).hasSize(CurveFits.CURVE_STEPS + 1);
		assertThat(answer.training()).hasSize(10);
		assertThat(answer.test()).hasSize(CurveData.TEST_POINTS);
		assertThat(answer.byDegree()).extracting(CurveFits.DegreeErrors::degree)
			.containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
		PolynomialFit fit = new PolynomialFit(answer.coefficients());
		assertThat(answer.curve().get(50).y()).isEqualTo(fit.at(0.5));
		assertThat(answer.trainingError()).isEqualTo(answer.byDegree().get(9).trainingError()).isLessThan(1e-12);
		assertThat(answer.testError()).isEqualTo(fit.meanSquaredError(CurveData.test()));
		// the training error never rises with the degree: each polynomial is also one of
		// the next degree
		for (int d = 1; d <= CurveFits.MAX_DEGREE; d++) {
			assertThat(answer.byDegree().get(d).trainingError())
				.isLessThanOrEqualTo(answer.byDegree().get(d - 1).trainingError() + 1e-12);
		}
	}

}
