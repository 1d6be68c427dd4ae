//! The advisor's answers, drawn from the plain-Rust blocks that
//! [`tierwise_app::advice_text::answers`] writes: headings, sentences,
//! lists and tables. Tables stack into one card a row on a phone, each cell
//! under its column's name.

use yew::prelude::*;

use tierwise_app::advice_text::{Block, Cell};

/// Props of [`Answers`].
#[derive(Properties, PartialEq)]
pub struct AnswersProps {
    /// The blocks, in order.
    pub blocks: Vec<Block>,
}

/// The answers.
#[component]
pub fn Answers(props: &AnswersProps) -> Html {
    html! {
        for block in props.blocks.iter() {
            { view(block) }
        }
    }
}

fn num(numeric: bool) -> Option<&'static str> {
    numeric.then_some("num")
}

fn view(block: &Block) -> Html {
    match block {
        Block::Heading(text) => html! { <h3>{ text.clone() }</h3> },
        Block::Para {
            id,
            class,
            text,
            busy,
        } => html! {
            <p id={id.clone()} class={*class} aria-busy={busy.then_some("true")}>{ text.clone() }</p>
        },
        Block::List { id, items } => html! {
            <ul id={*id}>
                for item in items.iter() { <li>{ item.clone() }</li> }
            </ul>
        },
        Block::Table { id, head, rows } => html! {
            <div class="table-scroll">
                <table id={*id} class="stack">
                    <thead><tr>
                        for (name, numeric) in head.iter() {
                            <th scope="col" class={num(*numeric)}>{ name.clone() }</th>
                        }
                    </tr></thead>
                    <tbody>
                        for (class, cells) in rows.iter() {
                            <tr class={*class}>
                                for (i, cell) in cells.iter().enumerate() { { cell_view(head, i, cell) } }
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
        },
    }
}

fn cell_view(head: &[Cell], i: usize, (text, numeric): &Cell) -> Html {
    // A column without a name (the notes) gives its cells no label: the card
    // shows no stray ": " before them.
    let label = head
        .get(i)
        .map(|(name, _)| name)
        .filter(|name| !name.trim().is_empty())
        .cloned();
    html! { <td class={num(*numeric)} data-label={label}>{ text.clone() }</td> }
}
