package io.aieducademy.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Gives browser tests the suite's one {@link Browser}, started on first use and closed
 * when the suite ends. Without Chromium the tests are skipped on a laptop, but fail when
 * the environment variable {@code CI} is {@code true}, so CI can never pass by skipping
 * them.
 */
class BrowserExtension implements ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
		if (!Browser.available()) {
			String message = "Browser tests need Debian's chromium and chromium-driver packages (" + Browser.CHROMIUM
					+ ", " + Browser.CHROMEDRIVER + ")";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(message + ", and CI=true makes their absence a failure.");
			}
			assumeTrue(false, message + "; skipping. Install them with apt-get install chromium chromium-driver.");
		}
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(Browser.class, (key) -> new Browser(), Browser.class);
	}

}
