//! Plain text tables with aligned columns: text left, numbers right.

/// A table under construction.
#[derive(Clone, Debug, Default)]
pub struct Table {
    rows: Vec<Vec<String>>,
}

impl Table {
    /// A table with these column headers.
    pub fn new(header: &[&str]) -> Table {
        Table {
            rows: vec![header.iter().map(|h| h.to_string()).collect()],
        }
    }

    /// Adds a row.
    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    /// The table as lines, each indented by `indent` spaces. A column is right-aligned
    /// when every body cell in it is a number (or empty), so figures line up.
    pub fn render(&self, indent: usize) -> String {
        let columns = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        let width = |c: usize| {
            self.rows
                .iter()
                .map(|r| r.get(c).map_or(0, |s| s.chars().count()))
                .max()
                .unwrap_or(0)
        };
        let widths: Vec<usize> = (0..columns).map(width).collect();
        let numeric: Vec<bool> = (0..columns)
            .map(|c| {
                self.rows[1..]
                    .iter()
                    .all(|r| r.get(c).is_none_or(|s| is_number(s)))
            })
            .collect();
        let mut out = String::new();
        for row in &self.rows {
            let mut line = " ".repeat(indent);
            for (c, cell) in row.iter().enumerate() {
                let pad = widths[c].saturating_sub(cell.chars().count());
                if c > 0 {
                    line.push_str("  ");
                }
                if numeric[c] {
                    line.push_str(&" ".repeat(pad));
                    line.push_str(cell);
                } else {
                    line.push_str(cell);
                    if c + 1 < row.len() {
                        line.push_str(&" ".repeat(pad));
                    }
                }
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }
}

fn is_number(cell: &str) -> bool {
    let cell = cell.trim_end_matches('%');
    cell.is_empty() || cell == "-" || cell.parse::<f64>().is_ok()
}

/// A score in 0..1 with three decimals.
pub fn score(x: f64) -> String {
    format!("{x:.3}")
}

/// A share as a percentage with one decimal, or `-` when there is nothing to share.
pub fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        "-".into()
    } else {
        format!("{:.1}%", 100.0 * part as f64 / whole as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_text_left_and_numbers_right() {
        let mut t = Table::new(&["type", "pages", "F1"]);
        t.row(vec!["article".into(), "5".into(), "0.812".into()]);
        t.row(vec!["all".into(), "120".into(), "-".into()]);
        assert_eq!(
            t.render(2),
            "  type     pages     F1\n  article      5  0.812\n  all        120      -\n"
        );
    }

    #[test]
    fn percentages() {
        assert_eq!(percent(1, 3), "33.3%");
        assert_eq!(percent(0, 0), "-");
    }
}
