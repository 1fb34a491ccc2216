package jp.suishin.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread executes through the application's
 * {@link DataSource}. For the bench only: it is registered when the bench starts the app
 * ({@link #initializer()}), never found by component scan.
 */
public final class StatementCounter {

	private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

	private StatementCounter() {
	}

	/** Starts counting from zero on this thread. */
	public static void reset() {
		COUNT.get()[0] = 0;
	}

	/** Statements executed on this thread since the last {@link #reset()}. */
	public static long count() {
		return COUNT.get()[0];
	}

	/** Wraps the application's data source when the context is refreshed. */
	public static ApplicationContextInitializer<ConfigurableApplicationContext> initializer() {
		return context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof DataSource source && !(bean instanceof Counting) ? new Counting(source) : bean;
			}
		});
	}

	static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return connection(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return connection(super.getConnection(username, password));
		}

		private static Connection connection(Connection target) {
			return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						Object result = call(target, method, args);
						if (result instanceof CallableStatement statement) {
							return statement(statement, CallableStatement.class);
						}
						if (result instanceof PreparedStatement statement) {
							return statement(statement, PreparedStatement.class);
						}
						if (result instanceof Statement statement) {
							return statement(statement, Statement.class);
						}
						return result;
					});
		}

		private static Object statement(Statement target, Class<?> type) {
			InvocationHandler handler = (proxy, method, args) -> {
				if (method.getName().startsWith("execute")) {
					COUNT.get()[0]++;
				}
				return call(target, method, args);
			};
			return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, handler);
		}

		private static Object call(Object target, Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		}

	}

}
