// Go twin: k8s.io/apimachinery/pkg/util/validation/field/path.go (Path) @ v1.34.0

/** A field path such as `spec.containers[0].image` or `metadata.labels[app]`. Immutable. */
export class Path {
  private constructor(
    private readonly parent: Path | null,
    private readonly name: string,
    private readonly index: string,
  ) {}

  static newPath(name: string, ...moreNames: string[]): Path {
    let p = new Path(null, name, '');
    for (const n of moreNames) p = new Path(p, n, '');
    return p;
  }

  child(name: string, ...moreNames: string[]): Path {
    let p = new Path(this, name, '');
    for (const n of moreNames) p = new Path(p, n, '');
    return p;
  }

  index_(i: number): Path {
    return new Path(this, '', String(i));
  }

  key(k: string): Path {
    return new Path(this, '', k);
  }

  root(): Path {
    return this.parent ? this.parent.root() : this;
  }

  private elements(): Path[] {
    return this.parent ? [...this.parent.elements(), this] : [this];
  }

  toString(): string {
    const elems: Path[] = this.parent ? [...this.parent.elements(), this] : [this];
    let out = '';
    for (const e of elems) {
      if (e.parent && e.name.length > 0) out += '.';
      out += e.name.length > 0 ? e.name : `[${e.index}]`;
    }
    return out;
  }
}

export const newPath = Path.newPath;
