package io.aieducademy.browser;

import io.aieducademy.support.OutsideTool;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

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
		OutsideTool.require(Browser.available(), "Browser tests need Debian's chromium and chromium-driver packages ("
				+ Browser.CHROMIUM + ", " + Browser.CHROMEDRIVER + "): apt-get install chromium chromium-driver");
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(Browser.class, (key) -> new Browser(), Browser.class);
	}

}
