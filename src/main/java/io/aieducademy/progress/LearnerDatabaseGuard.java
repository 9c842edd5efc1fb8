package io.aieducademy.progress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Refuses to start rather than lose learners' progress silently, for the H2 file database
 * (PostgreSQL looks after its own files):
 * <ul>
 * <li>a data folder the site cannot write to stops start-up with one sentence that names
 * the folder, instead of a database that fails every answer with a 500;</li>
 * <li>a marker file beside the database records that it once held data. If the marker is
 * there but the database file is missing, empty, unreadable or without its schema history
 * (H2 opened a damaged file as a new one), start-up stops; the database is never replaced
 * by an empty one.</li>
 * </ul>
 * It runs as Flyway's migration strategy, so before anything else opens the database.
 */
@Component
class LearnerDatabaseGuard implements FlywayMigrationStrategy {

	static final String MARKER_SUFFIX = ".in-use";

	private static final Log logger = LogFactory.getLog(LearnerDatabaseGuard.class);

	private static final String RESTORE = "Restore the database from a backup (README, \"Backup and restore\"), "
			+ "or, to start again with no learner data on purpose, move the folder's files away.";

	private final @Nullable Path database;

	private final String url;

	private final String username;

	private final String password;

	LearnerDatabaseGuard(@Value("${spring.datasource.url:}") String url,
			@Value("${spring.datasource.username:}") String username,
			@Value("${spring.datasource.password:}") String password) {
		this.database = h2File(url);
		this.url = url;
		this.username = username;
		this.password = password;
	}

	/**
	 * The database's path without H2's {@code .mv.db}, or null if it is not an H2 file.
	 */
	static @Nullable Path h2File(String url) {
		String prefix = "jdbc:h2:file:";
		if (!url.toLowerCase(Locale.ROOT).startsWith(prefix)) {
			return null;
		}
		String path = url.substring(prefix.length()).split(";", 2)[0];
		if (path.startsWith("~")) {
			path = System.getProperty("user.home") + path.substring(1);
		}
		return Path.of(path).toAbsolutePath().normalize();
	}

	@Override
	public void migrate(Flyway flyway) {
		Path database = this.database;
		if (database == null) {
			flyway.migrate();
			return;
		}
		// an absolute file path always has a parent
		Path folder = Objects.requireNonNull(database.getParent());
		Path file = database.resolveSibling(database.getFileName() + ".mv.db");
		Path marker = database.resolveSibling(database.getFileName() + MARKER_SUFFIX);
		checkWritable(folder);
		boolean heldData = Files.exists(marker);
		if (heldData && !Files.exists(file)) {
			throw new LearnerDatabaseException("The learner database " + file + " is missing, although " + marker
					+ " shows that it held learners' progress.", RESTORE);
		}
		if (Files.exists(file) && size(file) == 0) {
			throw new LearnerDatabaseException("The learner database " + file + " is empty (0 bytes), so it is "
					+ "damaged; the site will not replace it with a new one.", RESTORE);
		}
		if (heldData && !hasSchemaHistory(file)) {
			throw new LearnerDatabaseException("The learner database " + file + " has lost its tables, although "
					+ marker + " shows that it held learners' progress: the file is damaged or truncated.", RESTORE);
		}
		checkNotReadOnly(flyway, file);
		flyway.migrate();
		if (!heldData) {
			writeMarker(marker);
		}
	}

	/**
	 * Looks for Flyway's history with a read-only connection, so that H2 cannot write
	 * over a damaged file while it is being looked at.
	 */
	private boolean hasSchemaHistory(Path file) {
		String readOnly = this.url + ";ACCESS_MODE_DATA=r";
		try (Connection connection = DriverManager.getConnection(readOnly, this.username, this.password);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
						+ "WHERE LOWER(TABLE_NAME) = 'flyway_schema_history'")) {
			return result.next() && result.getInt(1) > 0;
		}
		catch (SQLException ex) {
			throw new LearnerDatabaseException(
					"The learner database " + file + " cannot be opened: " + firstLine(ex) + ".", RESTORE);
		}
	}

	private static void checkWritable(Path folder) {
		String fix = "Give the user that runs the site write access to " + folder
				+ ", or set AIEDUCADEMY_DATA_DIR to a folder it can write to.";
		try {
			Files.createDirectories(folder);
			Path probe = Files.createTempFile(folder, ".write-check", ".tmp");
			Files.delete(probe);
		}
		catch (IOException | SecurityException ex) {
			throw new LearnerDatabaseException(
					"The data folder " + folder + " cannot be written to, so learners' answers could not be saved.",
					fix);
		}
	}

	/** H2 opens a database it cannot write to read-only; every answer would then fail. */
	private static void checkNotReadOnly(Flyway flyway, Path file) {
		try (Connection connection = flyway.getConfiguration().getDataSource().getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT READONLY()")) {
			if (result.next() && result.getBoolean(1)) {
				throw new LearnerDatabaseException(
						"The learner database " + file + " can only be read, so learners' answers could not be saved.",
						"Give the user that runs the site write access to " + file + " and its folder.");
			}
		}
		catch (SQLException ex) {
			logger.warn("Could not ask the database whether it is read-only: " + ex.getMessage());
		}
	}

	private static void writeMarker(Path marker) {
		try {
			Files.writeString(marker,
					"The learner database beside this file holds learners' progress. While this file is here, "
							+ "the site refuses to start if that database is missing or damaged.\n",
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new LearnerDatabaseException("The marker file " + marker + " cannot be written.",
					"Give the user that runs the site write access to " + marker.getParent() + ".");
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static String firstLine(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = String.valueOf(root.getMessage());
		return message.split("\\R", 2)[0];
	}

}
