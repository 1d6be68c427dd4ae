//! The calculator page's entry point (built by Trunk for wasm32).

fn main() {
    tierwise_web::start();
}
