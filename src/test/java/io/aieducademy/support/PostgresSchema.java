package io.aieducademy.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Runs a Spring test class on {@link PostgresDatabase}, in a fresh schema of its own,
 * with the {@code postgres} profile; the class is skipped when no server answers (a
 * failure when {@code CI=true}). A subclass of an H2 test with this annotation runs the
 * same tests on PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PostgresDatabase.class)
@ActiveProfiles("postgres")
@ContextCustomizerFactories(PostgresSchema.FreshSchemaFactory.class)
public @interface PostgresSchema {

	/**
	 * Points the test class's application context at a schema of its own. The customizer
	 * is equal only for the same class, so that no two classes share a context, and so
	 * their tables, as they did not when each wrote its own
	 * {@code @DynamicPropertySource}.
	 */
	final class FreshSchemaFactory implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<ContextConfigurationAttributes> configAttributes) {
			return new FreshSchema(testClass);
		}

	}

	/** The schema of one test class, created when its context starts. */
	record FreshSchema(Class<?> testClass) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
			TestPropertyValues
				.of(Map.of("spring.datasource.url", PostgresDatabase.freshSchemaUrl(), "spring.datasource.username",
						PostgresDatabase.USER, "spring.datasource.password", PostgresDatabase.PASSWORD))
				.applyTo(context);
		}

	}

}
