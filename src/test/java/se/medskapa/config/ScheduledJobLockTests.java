package se.medskapa.config;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.Schedules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scheduled job runs once per schedule across nodes (ADR 0014): each
 * {@code @Scheduled} method in {@code se.medskapa} takes a ShedLock lock of its own name,
 * keeps it for at least a while (so a node whose schedule fires a moment later skips the
 * run), and returns nothing (a skipped run has no result; ShedLock refuses to lock a
 * method that returns one). A new job without the lock fails here.
 */
class ScheduledJobLockTests {

	static List<JavaMethod> scheduledMethods() {
		// The main classes only (target/classes): scanning the package on the whole
		// classpath takes seconds.
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPath(Path.of("target", "classes"))
			.stream()
			.flatMap(type -> type.getMethods().stream())
			.filter(method -> method.isAnnotatedWith(Scheduled.class) || method.isAnnotatedWith(Schedules.class))
			.toList();
	}

	@Test
	void shouldLockEveryScheduledMethodUnderANameOfItsOwn() {
		List<JavaMethod> scheduled = scheduledMethods();

		assertThat(scheduled).as("positive control: the jobs of the cases module are found")
			.extracting(method -> method.getOwner().getSimpleName() + "." + method.getName())
			.contains("CaseJobs.escalateMissedDeadlines", "CaseJobs.releaseCasesWithoutActiveContact");
		assertThat(scheduled).allSatisfy(method -> {
			Method reflected = method.reflect();
			SchedulerLock lock = reflected.getAnnotation(SchedulerLock.class);
			assertThat(lock).as(method.getFullName() + " has @SchedulerLock").isNotNull();
			assertThat(lock.name()).as(method.getFullName() + ": lock name").isNotBlank();
			assertThat(lock.lockAtLeastFor()).as(method.getFullName() + ": lockAtLeastFor").isNotBlank();
			assertThat(reflected.getReturnType()).as(method.getFullName() + " returns nothing").isEqualTo(void.class);
		});
		assertThat(scheduled).extracting(method -> method.reflect().getAnnotation(SchedulerLock.class).name())
			.as("one lock per job")
			.doesNotHaveDuplicates();
	}

}
