//! Benchmark (not a test): the annual Dokumen Evaluasi Kinerja for a whole city, rendered one
//! after another as `kinerja document --all` would, with the time, the documents a second and
//! the peak resident set (`VmHWM` from `/proc/self/status`) after 1,000 documents and at the
//! end, to show that memory stays flat in the number of people.
//!
//! `cargo bench --bench document` (`KINERJA_BENCH_EMPLOYEES`, default 5000).

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use kinerja::document::{
    DokumenEvaluasi, Identity, Penilaian, Verification, render_dokumen_evaluasi,
};
use kinerja::domain::evaluation::Rating;
use kinerja::domain::report::OrgPredikat;

/// Peak resident set of this process so far, in MiB.
fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
            line.split_whitespace().nth(1)?.parse::<f64>().ok()
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn person(i: usize, role: &str) -> Identity {
    Identity {
        nama: format!("{role} Nomor {i} & Rekan"),
        nip: format!(
            "1975{:02}{:02}2005011{:03}",
            1 + i / 28 % 12,
            1 + i % 28,
            1 + i % 999
        ),
        pangkat_golongan: (!i.is_multiple_of(7)).then(|| "Penata Muda Tk. I / III-b".to_string()),
        jabatan: format!("{role} pada Bidang Pelayanan {}", i % 13),
        unit_kerja: format!("Dinas Nomor {:02} Kota Sibolga", i % 50),
    }
}

/// The i-th employee's annual document, all fields filled (the longest usual case).
fn dokumen(i: usize) -> DokumenEvaluasi {
    let ratings = [Rating::DiAtas, Rating::Sesuai, Rating::DiBawah];
    DokumenEvaluasi {
        year: 2026,
        unit: format!("Dinas Nomor {:02} Kota Sibolga", i % 50),
        pegawai: person(i, "Pegawai"),
        pejabat: Some(person(i / 8, "Kepala Seksi")),
        atasan_pejabat: Some(person(i / 64, "Kepala Bidang")),
        predikat_organisasi: Some(OrgPredikat::Baik),
        penilaian: Some(Penilaian {
            hasil_kerja: ratings[i % 3],
            perilaku_kerja: ratings[i / 3 % 3],
        }),
        catatan: Some(format!(
            "Pegawai nomor {i} disarankan mengikuti pelatihan pengelolaan data dan pelaporan \
             kinerja, serta membimbing rekan baru di unitnya pada tahun berikutnya."
        )),
        signed_on: NaiveDate::from_ymd_opt(2027, 1, 25),
        verification: Some(Verification {
            code: format!("DE26-{i:05}"),
            link: format!("https://t.me/KinerjaSibolgaBot?start=v_DE26{i:05}"),
        }),
    }
}

fn report(label: &str, documents: usize, elapsed: Duration, bytes: usize) {
    println!(
        "{label}: {documents} documents in {:.2} s = {:.0} documents/s, {:.1} KiB a PDF, \
         peak RSS {:.1} MiB",
        elapsed.as_secs_f64(),
        documents as f64 / elapsed.as_secs_f64(),
        bytes as f64 / documents as f64 / 1024.0,
        peak_rss_mib()
    );
}

fn main() {
    let employees: usize = std::env::var("KINERJA_BENCH_EMPLOYEES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5000);
    println!("Dokumen Evaluasi Kinerja for {employees} employees, one after another");
    println!("before: peak RSS {:.1} MiB", peak_rss_mib());
    let start = Instant::now();
    let mut bytes = 0;
    for i in 0..employees {
        let pdf = render_dokumen_evaluasi(&dokumen(i)).expect("the document renders");
        bytes += pdf.len();
        if i + 1 == 1000 && employees > 1000 {
            report("after 1,000", 1000, start.elapsed(), bytes);
        }
    }
    report("all", employees, start.elapsed(), bytes);
}
