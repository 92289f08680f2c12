#[tokio::main]
async fn main() -> std::process::ExitCode {
    academy::cli::run().await
}
