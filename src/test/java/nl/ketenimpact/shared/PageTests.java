package nl.ketenimpact.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Paging arithmetic and the SQL ending that selects one page. */
class PageTests {

	@Test
	void windowSelectsThePageByNumbersInTheStatement() {
		assertThat(Page.window(0, 25)).isEqualTo(" limit 25 offset 0");
		assertThat(Page.window(3, 25)).isEqualTo(" limit 25 offset 75");
		// Large page numbers do not overflow an int offset.
		assertThat(Page.window(100_000, 100_000)).isEqualTo(" limit 100000 offset 10000000000");
	}

	@Test
	void windowRefusesWhatCouldNeverBeAPage() {
		assertThatThrownBy(() -> Page.window(-1, 25)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Page.window(0, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void pagesOfAList() {
		Page<String> middle = new Page<>(List.of("a"), 1, 25, 60);
		assertThat(middle.totalPages()).isEqualTo(3);
		assertThat(middle.hasPrevious()).isTrue();
		assertThat(middle.hasNext()).isTrue();
		assertThat(new Page<>(List.of(), 0, 25, 0).totalPages()).isEqualTo(1);
		assertThat(Page.safePage(-4)).isZero();
		assertThat(Page.safeSize(1_000)).isEqualTo(Page.MAX_SIZE);
	}
}
