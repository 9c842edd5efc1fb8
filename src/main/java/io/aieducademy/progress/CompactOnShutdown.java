package io.aieducademy.progress;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Compacts the H2 file database when the site shuts down gracefully. H2 appends every
 * commit to its file and reclaims the space only slowly, so without this a busy day can
 * leave a file many times larger than its data. PostgreSQL looks after itself. Destroyed
 * before the connection pool, which it depends on.
 */
@Component
class CompactOnShutdown implements DisposableBean {

	private static final Log logger = LogFactory.getLog(CompactOnShutdown.class);

	private final DataSource dataSource;

	private final boolean h2File;

	CompactOnShutdown(DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
		this.dataSource = dataSource;
		this.h2File = LearnerDatabaseGuard.h2File(url) != null;
	}

	@Override
	public void destroy() {
		if (!this.h2File) {
			return;
		}
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("SHUTDOWN COMPACT");
		}
		catch (SQLException ex) {
			logger.warn("The learner database could not be compacted at shutdown: " + ex.getMessage());
		}
	}

}
