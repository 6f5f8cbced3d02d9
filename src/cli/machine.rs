//! What machine a native bench ran on, for `pave bench --json`: architecture, CPU model
//! (from `/proc/cpuinfo`), core count, OS, and whether the binary seems to run under an
//! emulator (an AArch64 `pave` under `qemu-aarch64` on an x86-64 host reads the host's
//! `/proc/cpuinfo`). The bench page compares runs only within one machine class.

use std::path::Path;

use serde::Serialize;

/// The machine a bench ran on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Machine {
    /// `x86_64` or `aarch64` (the architecture `pave` was built for).
    pub arch: &'static str,
    /// The CPU model, or `None` when `/proc/cpuinfo` does not name one.
    pub cpu_model: Option<String>,
    /// Cores this process may use (`std::thread::available_parallelism`).
    pub cores: usize,
    /// `PRETTY_NAME` from `/etc/os-release`, else the OS family (`linux`).
    pub os: String,
    /// The binary's architecture differs from the CPU's: timings are not performance.
    pub emulated: bool,
}

impl Machine {
    /// The machine this process runs on.
    pub(crate) fn detect() -> Self {
        let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let os = std::fs::read_to_string("/etc/os-release")
            .ok()
            .and_then(|text| os_pretty_name(&text))
            .unwrap_or_else(|| std::env::consts::OS.to_owned());
        let cpu = CpuInfo::parse(&cpuinfo);
        Machine {
            arch: std::env::consts::ARCH,
            cpu_model: cpu.model.clone().or_else(device_tree_model),
            cores: std::thread::available_parallelism().map_or(1, usize::from),
            os,
            emulated: cpu.arch.is_some_and(|a| a != std::env::consts::ARCH),
        }
    }
}

/// What `/proc/cpuinfo` tells: the model name and the architecture its fields belong to.
#[derive(Debug, Default, PartialEq)]
struct CpuInfo {
    model: Option<String>,
    arch: Option<&'static str>,
}

impl CpuInfo {
    fn parse(text: &str) -> Self {
        let field = |name: &str| {
            text.lines().find_map(|line| {
                let (key, value) = line.split_once(':')?;
                (key.trim() == name).then(|| value.trim().to_owned())
            })
        };
        // x86 kernels write `vendor_id` and `model name`; arm64 kernels write
        // `CPU implementer` and `CPU part` (and rarely a model name).
        let arch = if field("vendor_id").is_some() {
            Some("x86_64")
        } else if field("CPU implementer").is_some() {
            Some("aarch64")
        } else {
            None
        };
        let model = field("model name").filter(|m| !m.is_empty()).or_else(|| {
            let implementer = field("CPU implementer")?;
            let part = field("CPU part")?;
            Some(arm_core_name(&implementer, &part).map_or_else(
                || format!("Arm implementer {implementer}, part {part}"),
                str::to_owned,
            ))
        });
        CpuInfo { model, arch }
    }
}

/// Names of common AArch64 cores (implementer, part → name), from the kernel's
/// `arch/arm64/include/asm/cputype.h`.
fn arm_core_name(implementer: &str, part: &str) -> Option<&'static str> {
    let name = match (implementer, part) {
        ("0x41", "0xd03") => "Arm Cortex-A53",
        ("0x41", "0xd08") => "Arm Cortex-A72",
        ("0x41", "0xd0b") => "Arm Cortex-A76",
        ("0x41", "0xd0c") => "Arm Neoverse N1",
        ("0x41", "0xd40") => "Arm Neoverse V1",
        ("0x41", "0xd49") => "Arm Neoverse N2",
        ("0x41", "0xd4f") => "Arm Neoverse V2",
        ("0x61", _) => "Apple",
        _ => return None,
    };
    Some(name)
}

/// The board name on device-tree machines (a Raspberry Pi's `/proc/cpuinfo` names no model).
fn device_tree_model() -> Option<String> {
    let raw = std::fs::read(Path::new("/sys/firmware/devicetree/base/model")).ok()?;
    let text = String::from_utf8_lossy(&raw)
        .trim_end_matches('\0')
        .trim()
        .to_owned();
    (!text.is_empty()).then_some(text)
}

fn os_pretty_name(os_release: &str) -> Option<String> {
    let line = os_release
        .lines()
        .find_map(|l| l.strip_prefix("PRETTY_NAME="))?;
    let name = line.trim().trim_matches('"').to_owned();
    (!name.is_empty()).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn x86_cpuinfo() {
        let info = CpuInfo::parse(
            "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC\nflags\t: sse\n",
        );
        assert_eq!(info.model.as_deref(), Some("AMD EPYC"));
        assert_eq!(info.arch, Some("x86_64"));
    }

    #[test]
    fn arm_cpuinfo_names_the_core() {
        let text = "processor\t: 0\nBogoMIPS\t: 243.75\nCPU implementer\t: 0x41\n\
                    CPU architecture: 8\nCPU part\t: 0xd0c\n";
        let info = CpuInfo::parse(text);
        assert_eq!(info.model.as_deref(), Some("Arm Neoverse N1"));
        assert_eq!(info.arch, Some("aarch64"));
        let unknown = CpuInfo::parse("CPU implementer\t: 0x51\nCPU part\t: 0x001\n");
        assert_eq!(
            unknown.model.as_deref(),
            Some("Arm implementer 0x51, part 0x001")
        );
    }

    #[test]
    fn empty_cpuinfo() {
        assert_eq!(CpuInfo::parse(""), CpuInfo::default());
    }

    #[test]
    fn os_release() {
        let text = "NAME=\"Debian GNU/Linux\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n";
        assert_eq!(
            os_pretty_name(text).as_deref(),
            Some("Debian GNU/Linux 12 (bookworm)")
        );
        assert_eq!(os_pretty_name("NAME=x\n"), None);
    }

    #[test]
    fn this_machine() {
        let m = Machine::detect();
        assert!(m.cores >= 1);
        assert_eq!(m.arch, std::env::consts::ARCH);
        assert!(!m.os.is_empty());
    }
}
