package se.medskapa.support;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application runs on the current thread, for tests that
 * prove a page needs a fixed number of queries (no N+1). Registered for every test by
 * {@link IntegrationTest}, so all tests keep sharing one Spring context: it wraps the
 * application's DataSource in datasource-proxy, which counts per thread. MockMvc handles
 * a request on the test's own thread, so the count is exactly that request's.
 */
public class SqlStatements implements BeanPostProcessor {

	/** Work whose statements are counted. */
	@FunctionalInterface
	public interface Action {

		void run() throws Exception;

	}

	/**
	 * The number of statements (queries and updates) that {@code action} ran on this
	 * thread.
	 */
	public static long during(Action action) throws Exception {
		QueryCountHolder.clear();
		try {
			action.run();
			return QueryCountHolder.getGrandTotal().getTotal();
		}
		finally {
			QueryCountHolder.clear();
		}
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
			return ProxyDataSourceBuilder.create(dataSource).name(beanName).countQuery().build();
		}
		return bean;
	}

}
