//! The help-center embed's question page's entry point (ask.html; built for
//! wasm32 by scripts/build-ask.sh).

fn main() {
    tierwise_web::ask::start();
}
