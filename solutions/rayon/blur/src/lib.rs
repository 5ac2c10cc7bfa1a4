//! # An image filter on rows in parallel
//!
//! Book: book/src/rayon.md#changing-a-slice-in-place
//! Check: cargo xtask check rayon/blur
//!
//! Reference solution.

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
    image.pixels.par_iter_mut().for_each(|p| *p = 255 - *p);
}

/// A blurred copy of `image`, its rows computed in parallel.
pub fn box_blur(image: &Image) -> Image {
    let (width, height) = (image.width, image.height);
    let mut out = vec![0; width * height];
    if width == 0 {
        // `par_chunks_mut(0)` panics; an image with no columns has no pixels.
        return Image::new(width, height, out);
    }
    out.par_chunks_mut(width).enumerate().for_each(|(y, row)| {
        let rows = y.saturating_sub(1)..=(y + 1).min(height - 1);
        for (x, pixel) in row.iter_mut().enumerate() {
            let columns = x.saturating_sub(1)..=(x + 1).min(width - 1);
            let mut sum = 0u32;
            let mut count = 0u32;
            for ny in rows.clone() {
                for nx in columns.clone() {
                    sum += u32::from(image.pixel(nx, ny));
                    count += 1;
                }
            }
            *pixel = (sum / count) as u8;
        }
    });
    Image::new(width, height, out)
}
