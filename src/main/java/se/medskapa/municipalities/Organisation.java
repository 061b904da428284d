package se.medskapa.municipalities;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.shared.NotFoundException;

import static se.medskapa.shared.Text.blankToNull;

/**
 * Departments, units and categories of one municipality. Every method takes the
 * municipality id and every statement filters by it, so an id from another municipality
 * simply is not found.
 */
@Service
public class Organisation {

	private final JdbcClient jdbc;

	Organisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Department> departments(long municipalityId) {
		return jdbc.sql("select id, municipality_id, name from department where municipality_id = ? order by name")
			.param(municipalityId)
			.query(Department.class)
			.list();
	}

	public Department department(long municipalityId, long departmentId) {
		return jdbc.sql("select id, municipality_id, name from department where municipality_id = ? and id = ?")
			.params(municipalityId, departmentId)
			.query(Department.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("department"));
	}

	@Transactional
	public Department createDepartment(long municipalityId, String name) {
		return unique(name, () -> {
			long id = jdbc.sql("insert into department (municipality_id, name) values (?, ?) returning id")
				.params(municipalityId, name.strip())
				.query(Long.class)
				.single();
			return new Department(id, municipalityId, name.strip());
		});
	}

	@Transactional
	public void renameDepartment(long municipalityId, long departmentId, String name) {
		unique(name,
				() -> requireOneRow(jdbc.sql("update department set name = ? where municipality_id = ? and id = ?")
					.params(name.strip(), municipalityId, departmentId)
					.update(), "department"));
	}

	public List<Unit> units(long municipalityId) {
		return jdbc.sql(UNIT_QUERY + " where u.municipality_id = ? order by d.name, u.name")
			.param(municipalityId)
			.query(Unit.class)
			.list();
	}

	public Unit unit(long municipalityId, long unitId) {
		return findUnit(municipalityId, unitId).orElseThrow(() -> new NotFoundException("unit"));
	}

	public Optional<Unit> findUnit(long municipalityId, long unitId) {
		return jdbc.sql(UNIT_QUERY + " where u.municipality_id = ? and u.id = ?")
			.params(municipalityId, unitId)
			.query(Unit.class)
			.optional();
	}

	@Transactional
	public Unit createUnit(long municipalityId, long departmentId, String name, String email) {
		Department department = department(municipalityId, departmentId);
		return unique(name, () -> {
			long id = jdbc.sql("""
					insert into unit (municipality_id, department_id, name, email) values (?, ?, ?, ?) returning id""")
				.params(municipalityId, department.id(), name.strip(), blankToNull(email))
				.query(Long.class)
				.single();
			return unit(municipalityId, id);
		});
	}

	@Transactional
	public void updateUnit(long municipalityId, long unitId, long departmentId, String name, String email) {
		Department department = department(municipalityId, departmentId);
		unique(name,
				() -> requireOneRow(jdbc.sql("""
						update unit set department_id = ?, name = ?, email = ? where municipality_id = ? and id = ?""")
					.params(department.id(), name.strip(), blankToNull(email), municipalityId, unitId)
					.update(), "unit"));
	}

	public List<Category> categories(long municipalityId) {
		return jdbc
			.sql("select id, municipality_id, name, description from category where municipality_id = ? order by name")
			.param(municipalityId)
			.query(Category.class)
			.list();
	}

	public Category category(long municipalityId, long categoryId) {
		return findCategory(municipalityId, categoryId).orElseThrow(() -> new NotFoundException("category"));
	}

	/**
	 * The category, if the municipality has it: for callers that treat an unknown id as a
	 * wrong form value rather than a missing page.
	 */
	public Optional<Category> findCategory(long municipalityId, long categoryId) {
		return jdbc
			.sql("select id, municipality_id, name, description from category where municipality_id = ? and id = ?")
			.params(municipalityId, categoryId)
			.query(Category.class)
			.optional();
	}

	@Transactional
	public Category createCategory(long municipalityId, String name, String description) {
		return unique(name, () -> {
			long id = jdbc
				.sql("insert into category (municipality_id, name, description) values (?, ?, ?) returning id")
				.params(municipalityId, name.strip(), blankToNull(description))
				.query(Long.class)
				.single();
			return new Category(id, municipalityId, name.strip(), blankToNull(description));
		});
	}

	@Transactional
	public void updateCategory(long municipalityId, long categoryId, String name, String description) {
		unique(name,
				() -> requireOneRow(jdbc.sql("""
						update category set name = ?, description = ? where municipality_id = ? and id = ?""")
					.params(name.strip(), blankToNull(description), municipalityId, categoryId)
					.update(), "category"));
	}

	private static final String UNIT_QUERY = """
			select u.id, u.municipality_id, u.department_id, d.name as department_name, u.name, u.email
			from unit u join department d on d.id = u.department_id and d.municipality_id = u.municipality_id""";

	private static <T> T unique(String name, Supplier<T> write) {
		try {
			return write.get();
		}
		catch (DuplicateKeyException ex) {
			throw new DuplicateNameException(name);
		}
	}

	private static int requireOneRow(int updated, String what) {
		if (updated != 1) {
			throw new NotFoundException(what);
		}
		return updated;
	}

}
