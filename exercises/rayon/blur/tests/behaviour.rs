#![cfg(not(loom))]
//! Both filters must give exactly what a sequential loop gives. Images come
//! from a fixed pseudo-random sequence, so every run checks the same pixels.

use rayon_blur::{Image, box_blur, invert};

fn noise(width: usize, height: usize, seed: u64) -> Image {
    let mut state = seed | 1;
    let pixels = (0..width * height)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    Image::new(width, height, pixels)
}

/// The blur written as the plain definition: a sequential double loop.
fn sequential_blur(image: &Image) -> Vec<u8> {
    let (w, h) = (image.width() as isize, image.height() as isize);
    let mut out = Vec::new();
    for y in 0..h {
        for x in 0..w {
            let (mut sum, mut count) = (0u32, 0u32);
            for dy in -1..=1 {
                for dx in -1..=1 {
                    let (nx, ny) = (x + dx, y + dy);
                    if (0..w).contains(&nx) && (0..h).contains(&ny) {
                        sum += u32::from(image.pixel(nx as usize, ny as usize));
                        count += 1;
                    }
                }
            }
            out.push((sum / count) as u8);
        }
    }
    out
}

/// Inverting changes every pixel p to 255 - p, and nothing else.
#[test]
fn invert_matches_sequential() {
    let original = noise(300, 200, 7);
    let mut image = original.clone();
    invert(&mut image);
    let expected: Vec<u8> = original.pixels().iter().map(|p| 255 - p).collect();
    assert_eq!(image.pixels(), &expected[..]);
    assert_eq!((image.width(), image.height()), (300, 200));
}

/// The extremes: 0 becomes 255 and 255 becomes 0.
#[test]
fn invert_handles_black_and_white() {
    let mut image = Image::new(2, 1, vec![0, 255]);
    invert(&mut image);
    assert_eq!(image.pixels(), &[255, 0]);
}

/// A large image blurs exactly as the sequential definition says.
#[test]
fn blur_matches_sequential() {
    let image = noise(257, 131, 11);
    let blurred = box_blur(&image);
    assert_eq!((blurred.width(), blurred.height()), (257, 131));
    assert_eq!(blurred.pixels(), &sequential_blur(&image)[..]);
}

/// Edges and corners average only the neighbours inside the image.
#[test]
fn blur_averages_only_pixels_inside() {
    // 3 by 2: row 0 = 90 0 0, row 1 = 0 0 0.
    let image = Image::new(3, 2, vec![90, 0, 0, 0, 0, 0]);
    let blurred = box_blur(&image);
    // The corner sees 4 pixels, the middle of an edge 6.
    assert_eq!(blurred.pixels(), &[22, 15, 0, 22, 15, 0]);
}

/// A white image stays white: the sums of 9 pixels of 255 must not overflow.
#[test]
fn blur_of_white_stays_white() {
    let image = Image::new(40, 30, vec![255; 1200]);
    assert_eq!(box_blur(&image).pixels(), &[255; 1200][..]);
}

/// Images one pixel wide or one pixel high are blurred along their line.
#[test]
fn blur_of_thin_images_matches_sequential() {
    for (w, h) in [(1, 1), (1, 50), (50, 1), (2, 2)] {
        let image = noise(w, h, (w * 100 + h) as u64);
        assert_eq!(
            box_blur(&image).pixels(),
            &sequential_blur(&image)[..],
            "a {w} by {h} image"
        );
    }
}

/// Images with no pixels give images with no pixels, of the same size.
#[test]
fn blur_of_empty_images_is_empty() {
    for (w, h) in [(0, 0), (0, 5), (5, 0)] {
        let blurred = box_blur(&Image::new(w, h, Vec::new()));
        assert_eq!((blurred.width(), blurred.height()), (w, h));
        assert!(blurred.pixels().is_empty());
    }
    let mut empty = Image::new(0, 3, Vec::new());
    invert(&mut empty);
    assert!(empty.pixels().is_empty());
}
