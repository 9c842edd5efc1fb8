package io.aieducademy.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL server the PostgreSQL suite runs against:
 * {@code AIEDUCADEMY_TEST_POSTGRES_URL} (default a local server on 127.0.0.1:5432,
 * database {@code aieducademy_test}, user {@code aieducademy}, which {@code .ci/run}
 * creates). As a JUnit condition it skips a test class when no server answers, or fails
 * it when {@code CI=true}.
 */
public final class PostgresDatabase implements ExecutionCondition {

	public static final String URL = env("AIEDUCADEMY_TEST_POSTGRES_URL",
			"jdbc:postgresql://127.0.0.1:5432/aieducademy_test");

	public static final String USER = env("AIEDUCADEMY_TEST_POSTGRES_USER", "aieducademy");

	public static final String PASSWORD = env("AIEDUCADEMY_TEST_POSTGRES_PASSWORD", "aieducademy");

	private static volatile Boolean available;

	private static final List<String> SCHEMAS = new CopyOnWriteArrayList<>();

	static {
		// Tests leave nothing behind in the shared test database.
		Runtime.getRuntime().addShutdownHook(new Thread(PostgresDatabase::dropSchemas));
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (isAvailable()) {
			return ConditionEvaluationResult.enabled("PostgreSQL answers at " + URL);
		}
		String missing = "No PostgreSQL server answers at " + URL + " as " + USER;
		if (OutsideTool.inCi()) {
			throw new AssertionError(missing + " (CI=true, so this is a failure, not a skip)");
		}
		return ConditionEvaluationResult.disabled(missing + "; skipping the PostgreSQL tests.");
	}

	public static boolean isAvailable() {
		if (available == null) {
			DriverManager.setLoginTimeout(3);
			try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
				available = connection.isValid(3);
			}
			catch (SQLException ex) {
				available = false;
			}
		}
		return available;
	}

	/**
	 * Points a Spring test at a fresh schema of its own, so that tests never see each
	 * other's tables.
	 */
	public static String freshSchemaUrl() {
		String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("create schema " + schema);
			SCHEMAS.add(schema);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the schema " + schema, ex);
		}
		return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	private static void dropSchemas() {
		if (SCHEMAS.isEmpty()) {
			return;
		}
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			for (String schema : SCHEMAS) {
				statement.execute("drop schema if exists " + schema + " cascade");
			}
		}
		catch (SQLException ex) {
			// Best effort: a schema left behind costs a little disk space and nothing
			// else.
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
