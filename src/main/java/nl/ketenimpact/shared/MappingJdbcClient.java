package nl.ketenimpact.shared;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.KeyHolder;

/** The application's JdbcClient: Spring's, with rows mapped onto records by {@link RecordRowMapper}. */
final class MappingJdbcClient implements JdbcClient {

	private final JdbcClient delegate;

	MappingJdbcClient(JdbcClient delegate) {
		this.delegate = delegate;
	}

	@Override
	public StatementSpec sql(String sql) {
		return new Spec(delegate.sql(sql));
	}

	private record Spec(StatementSpec delegate) implements StatementSpec {

		@Override
		public StatementSpec withFetchSize(int fetchSize) {
			return new Spec(delegate.withFetchSize(fetchSize));
		}

		@Override
		public StatementSpec withMaxRows(int maxRows) {
			return new Spec(delegate.withMaxRows(maxRows));
		}

		@Override
		public StatementSpec withQueryTimeout(int queryTimeout) {
			return new Spec(delegate.withQueryTimeout(queryTimeout));
		}

		@Override
		public StatementSpec param(Object value) {
			return new Spec(delegate.param(value));
		}

		@Override
		public StatementSpec param(int jdbcIndex, Object value) {
			return new Spec(delegate.param(jdbcIndex, value));
		}

		@Override
		public StatementSpec param(int jdbcIndex, Object value, int sqlType) {
			return new Spec(delegate.param(jdbcIndex, value, sqlType));
		}

		@Override
		public StatementSpec param(String name, Object value) {
			return new Spec(delegate.param(name, value));
		}

		@Override
		public StatementSpec param(String name, Object value, int sqlType) {
			return new Spec(delegate.param(name, value, sqlType));
		}

		@Override
		public StatementSpec params(Object... values) {
			return new Spec(delegate.params(values));
		}

		@Override
		public StatementSpec params(List<?> values) {
			return new Spec(delegate.params(values));
		}

		@Override
		public StatementSpec params(Map<String, ?> paramMap) {
			return new Spec(delegate.params(paramMap));
		}

		@Override
		public StatementSpec paramSource(Object namedParamObject) {
			return new Spec(delegate.paramSource(namedParamObject));
		}

		@Override
		public StatementSpec paramSource(SqlParameterSource namedParamSource) {
			return new Spec(delegate.paramSource(namedParamSource));
		}

		@Override
		public ResultQuerySpec query() {
			return delegate.query();
		}

		@Override
		public <T> MappedQuerySpec<T> query(Class<T> mappedClass) {
			RowMapper<T> mapper = RecordRowMapper.forType(mappedClass);
			return mapper != null ? delegate.query(mapper) : delegate.query(mappedClass);
		}

		@Override
		public <T> MappedQuerySpec<T> query(RowMapper<T> rowMapper) {
			return delegate.query(rowMapper);
		}

		@Override
		public void query(RowCallbackHandler rch) {
			delegate.query(rch);
		}

		@Override
		public <T> T query(ResultSetExtractor<T> rse) {
			return delegate.query(rse);
		}

		@Override
		public int update() {
			return delegate.update();
		}

		@Override
		public int update(KeyHolder generatedKeyHolder) {
			return delegate.update(generatedKeyHolder);
		}

		@Override
		public int update(KeyHolder generatedKeyHolder, String... keyColumnNames) {
			return delegate.update(generatedKeyHolder, keyColumnNames);
		}
	}
}
