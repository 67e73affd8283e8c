//! The process's resident memory, from `/proc/self/status` (Linux).

/// A field of `/proc/self/status` in kB (`VmRSS`, `VmHWM`); 0 where unreadable.
fn status_kb(field: &str) -> u64 {
    let Ok(status) = std::fs::read_to_string("/proc/self/status") else {
        return 0;
    };
    status
        .lines()
        .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// Resident memory now, in kB.
pub fn rss_kb() -> u64 {
    status_kb("VmRSS")
}

/// The highest resident memory so far ("high water mark"), in kB.
pub fn hwm_kb() -> u64 {
    status_kb("VmHWM")
}
