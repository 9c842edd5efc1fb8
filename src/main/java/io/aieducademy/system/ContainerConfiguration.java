package io.aieducademy.system;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.http11.AbstractHttp11Protocol;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tomcat's own error reports are replaced by {@link ContainerErrorValve}. */
@Configuration(proxyBeanMethods = false)
class ContainerConfiguration {

	/**
	 * Tomcat answers {@code Expect: 100-continue} only when the application starts to
	 * read the body, so a body refused by its headers gets its 413 or 415 at once.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> continueOnRead() {
		return (factory) -> factory.addProtocolHandlerCustomizers((protocol) -> {
			if (protocol instanceof AbstractHttp11Protocol<?> http) {
				http.setContinueResponseTiming("onRead");
			}
		});
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorReports(RequestProperties properties) {
		long limit = properties.maxBodySize().toBytes();
		return (factory) -> factory.addContextCustomizers((context) -> context.addLifecycleListener((event) -> {
			// The host adds its error report valve as it starts, before its contexts.
			if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
				Pipeline pipeline = context.getParent().getPipeline();
				for (Valve valve : pipeline.getValves()) {
					if (valve instanceof ErrorReportValve) {
						pipeline.removeValve(valve);
					}
				}
				pipeline.addValve(new ContainerErrorValve(limit));
			}
		}));
	}

}
