//! Long lists as pages that each fit one Telegram message, never cut mid-line or mid-tag.

/// Text budget per page: well under Telegram's 4096 characters, leaving room for the
/// header and footer.
pub const PAGE_BUDGET: usize = 3500;

/// Splits `lines` into pages of whole lines whose combined length stays within `budget`
/// characters (a single overlong line gets a page of its own). Always at least one page.
pub fn pages(lines: &[String], budget: usize) -> Vec<Vec<String>> {
    pages_of_at_most(lines, budget, usize::MAX)
}

/// Like [`pages`], with at most `max_items` lines (or blocks) on a page, so that a page's
/// buttons stay few.
pub fn pages_of_at_most(lines: &[String], budget: usize, max_items: usize) -> Vec<Vec<String>> {
    let mut pages = vec![Vec::new()];
    let mut used = 0;
    for line in lines {
        let len = line.chars().count() + 1;
        let current = pages.last_mut().expect("pages is never empty");
        if !current.is_empty() && (used + len > budget || current.len() >= max_items) {
            pages.push(Vec::new());
            used = 0;
        }
        pages
            .last_mut()
            .expect("pages is never empty")
            .push(line.clone());
        used += len;
    }
    pages
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_stays_within_the_budget_and_no_line_is_lost() {
        let lines: Vec<String> = (0..500)
            .map(|i| format!("{i:>4} {}", "x".repeat(i % 90)))
            .collect();
        let split = pages(&lines, 1000);
        assert!(split.len() > 1);
        for page in &split {
            let len: usize = page.iter().map(|l| l.chars().count() + 1).sum();
            assert!(len <= 1000, "{len}");
        }
        assert_eq!(split.concat(), lines);
    }

    #[test]
    fn an_empty_list_is_one_empty_page() {
        assert_eq!(pages(&[], 100), vec![Vec::<String>::new()]);
    }
}
