//! # An image filter on rows in parallel
//!
//! Book: book/src/rayon.md#changing-a-slice-in-place
//! Check: cargo xtask check rayon/blur
//!
//! A grey-scale [`Image`] keeps its pixels row after row in one `Vec<u8>`.
//! Write two filters that work on many rows at once with rayon:
//!
//! - [`invert`] changes the image in place: every pixel `p` becomes
//!   `255 - p`;
//! - [`box_blur`] makes a new image in which every pixel is the mean,
//!   rounded down, of the pixels of the 3 by 3 square around it that lie
//!   inside the image (9 of them inside, 6 on an edge, 4 in a corner).
//!
//! What must work: both give exactly what a sequential loop gives, for any
//! size, including images one pixel wide or high, and images with no pixels
//! at all (width or height 0).
//!
//! The blur cannot be done in place: a thread writing row `y` would change
//! what the threads blurring rows `y - 1` and `y + 1` read. Read from the
//! old image and write into a new buffer, cut into rows that each thread
//! owns (`par_chunks_mut`). No lock and no `unsafe` is needed, and the
//! exercise forbids them.

use rayon::prelude::*;

/// A grey-scale image, `width * height` pixels stored row by row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Image {
    width: usize,
    height: usize,
    pixels: Vec<u8>,
}

impl Image {
    /// An image of `width * height` pixels given row by row.
    ///
    /// # Panics
    ///
    /// If `pixels.len()` is not `width * height`.
    pub fn new(width: usize, height: usize, pixels: Vec<u8>) -> Image {
        assert_eq!(pixels.len(), width * height, "pixels do not fill the image");
        Image {
            width,
            height,
            pixels,
        }
    }

    pub fn width(&self) -> usize {
        self.width
    }

    pub fn height(&self) -> usize {
        self.height
    }

    /// All pixels, row by row.
    pub fn pixels(&self) -> &[u8] {
        &self.pixels
    }

    /// The pixel in column `x` of row `y`.
    pub fn pixel(&self, x: usize, y: usize) -> u8 {
        self.pixels[y * self.width + x]
    }
}

/// Inverts every pixel of `image` in place, in parallel.
pub fn invert(image: &mut Image) {
    let _ = image.pixels.par_iter_mut();
    todo!("turn every pixel p into 255 - p")
}

/// A blurred copy of `image`, its rows computed in parallel.
pub fn box_blur(image: &Image) -> Image {
    todo!(
        "blur a {} by {} image, one row per task",
        image.width,
        image.height
    )
}
