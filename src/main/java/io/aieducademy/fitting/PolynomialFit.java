package io.aieducademy.fitting;

import java.util.List;

/**
 * A polynomial {@code w0 + w1·x + … + wd·x^d} fitted by least squares: the coefficients
 * that make the sum of squared errors on the points smallest, plus
 * {@code penalty · (w1² + … + wd²)} when the penalty (L2 regularisation, "ridge") is not
 * zero. The constant term is not penalised, so a penalty shrinks the wiggles, not the
 * level. Solved by Householder QR on the penalised system rather than the normal
 * equations, which lose half the digits at degree 9.
 *
 * @param coefficients {@code w0} first
 */
public record PolynomialFit(List<Double> coefficients) {

	public PolynomialFit {
		coefficients = List.copyOf(coefficients);
	}

	/** The degree of the polynomial. */
	public int degree() {
		return this.coefficients.size() - 1;
	}

	/** The polynomial's value at x (Horner's rule). */
	public double at(double x) {
		double value = 0;
		for (int j = this.coefficients.size() - 1; j >= 0; j--) {
			value = value * x + this.coefficients.get(j);
		}
		return value;
	}

	/** The mean of the squared differences between the polynomial and the points. */
	public double meanSquaredError(List<CurveData.DataPoint> points) {
		double sum = 0;
		for (CurveData.DataPoint point : points) {
			double error = at(point.x()) - point.y();
			sum += error * error;
		}
		return sum / points.size();
	}

	/**
	 * Fits a polynomial of the given degree to the points. There must be more points than
	 * the degree, so that the fit is unique.
	 */
	public static PolynomialFit of(List<CurveData.DataPoint> points, int degree, double penalty) {
		int columns = degree + 1;
		int n = points.size();
		if (degree < 0 || n < columns || !(penalty >= 0) || Double.isInfinite(penalty)) {
			throw new IllegalArgumentException(
					"Cannot fit degree " + degree + " to " + n + " points with penalty " + penalty);
		}
		// The penalised least-squares problem as an ordinary one: below the n rows of
		// powers of x, one row √penalty·e_j for each penalised coefficient j ≥ 1.
		int rows = n + degree;
		double[][] a = new double[rows][columns];
		double[] b = new double[rows];
		for (int i = 0; i < n; i++) {
			double power = 1;
			for (int j = 0; j < columns; j++) {
				a[i][j] = power;
				power *= points.get(i).x();
			}
			b[i] = points.get(i).y();
		}
		double root = Math.sqrt(penalty);
		for (int j = 1; j < columns; j++) {
			a[n + j - 1][j] = root;
		}
		return new PolynomialFit(java.util.Arrays.stream(solve(a, b, columns)).boxed().toList());
	}

	/**
	 * The least-squares solution of a·w = b by Householder reflections: each column's
	 * entries below the diagonal are zeroed in turn, the same reflection applied to b,
	 * then the triangle is solved from the bottom.
	 */
	private static double[] solve(double[][] a, double[] b, int columns) {
		int rows = b.length;
		for (int k = 0; k < columns; k++) {
			double norm = 0;
			for (int i = k; i < rows; i++) {
				norm = Math.hypot(norm, a[i][k]);
			}
			if (norm == 0) {
				throw new IllegalArgumentException("The points do not determine a polynomial of this degree");
			}
			double alpha = (a[k][k] > 0) ? -norm : norm;
			double[] v = new double[rows];
			for (int i = k; i < rows; i++) {
				v[i] = a[i][k];
			}
			v[k] -= alpha;
			double vv = 0;
			for (int i = k; i < rows; i++) {
				vv += v[i] * v[i];
			}
			for (int j = k; j < columns; j++) {
				double dot = 0;
				for (int i = k; i < rows; i++) {
					dot += v[i] * a[i][j];
				}
				double scale = 2 * dot / vv;
				for (int i = k; i < rows; i++) {
					a[i][j] -= scale * v[i];
				}
			}
			double dot = 0;
			for (int i = k; i < rows; i++) {
				dot += v[i] * b[i];
			}
			double scale = 2 * dot / vv;
			for (int i = k; i < rows; i++) {
				b[i] -= scale * v[i];
			}
		}
		double[] w = new double[columns];
		for (int k = columns - 1; k >= 0; k--) {
			double sum = b[k];
			for (int j = k + 1; j < columns; j++) {
				sum -= a[k][j] * w[j];
			}
			w[k] = sum / a[k][k];
		}
		return w;
	}

}
