/** Texts of the Data screen. */
export default {
  title: 'Data',
  open: {
    file: 'Open file…',
    fileTitle: 'A CSV or TSV table: one row per sample, the class or target in a column',
    folder: 'Open folder…',
    folderTitle: 'A folder with one subfolder of images per class, or a folder of IDX files',
    dropHint:
      'Drop a table (CSV, JSON, Excel, Parquet, NumPy), IDX files or an image folder anywhere on this window, or'
  },
  source: {
    title: 'From the file',
    refusedTitle: 'Choose what to import',
    sheet: 'Sheet',
    features: 'Features array',
    labels: 'Labels array',
    apply: 'Import with this choice',
    pickLabels: 'Choose the labels .npy…',
    dropLabels: 'Drop the features .npy together with its labels .npy (both at once).',
    dismiss: 'Dismiss'
  },
  drop: {
    title: 'Drop to import',
    csv: 'A table (CSV, TSV, JSON, JSON Lines, Excel, Parquet, or NumPy X.npy with y.npy): one row per sample; the last column is the label unless you choose another.',
    folder: 'A folder of images: one subfolder per class (coat/, shirt/, …).'
  },
  empty: {
    title: 'Bring your own data',
    lead: 'Drop a file or a folder anywhere on this window, or use Open file… or Open folder… above.',
    csv: 'Tables: CSV or TSV (also gzipped), JSON records, JSON Lines, Excel .xlsx, Parquet, NumPy .npy/.npz; text columns become one input per value.',
    folder:
      'Image folders with one subfolder per class (PNG, JPEG, BMP); images are scaled to one size.',
    idx: 'IDX files as in MNIST (images and labels side by side, gzipped or not).',
    samples: 'Or start with a sample: no file needed'
  },
  restore: {
    found:
      "A dataset folder ({names}) is in the lab's folder but not in its database (was the database replaced, or emptied?). Its data is all there. | {count} dataset folders ({names}) are in the lab's folder but not in its database (was the database replaced, or emptied?). Their data is all there.",
    duplicates:
      'One more folder holds data the lab lists already; it is kept as it is. | {count} more folders hold data the lab lists already; they are kept as they are.',
    bare: 'One more folder, saved by an older version, cannot be registered again; it is kept as it is. | {count} more folders, saved by an older version, cannot be registered again; they are kept as they are.',
    button: 'Add it back to the lab | Add them back to the lab',
    done: 'No folder was added back: the lab lists the same data already. | Added one dataset back to the lab. | Added {count} datasets back to the lab.'
  },
  import: {
    region: 'Import in progress',
    phase: { uploading: 'Uploading {label}', importing: 'Importing {label}' },
    starting: 'Starting…',
    count: {
      files: '{done} / {total} files',
      images: '{done} / {total} images',
      bytes: '{done} / {total}'
    },
    countUnknown: { files: '{done} files', images: '{done} images', bytes: '{done} read' },
    rate: { files: '{rate} files/s', images: '{rate}/s', bytes: '{rate}/s' },
    cancel: 'Cancel',
    cancelling: 'Cancelling…',
    cancelled: 'Import cancelled: nothing was imported.',
    busy: 'An import is already running: wait for it, or cancel it first.',
    done: 'Imported {name}: {rows} row. | Imported {name}: {rows} rows.',
    reused: '{name} was imported before with the same content and options: showing that dataset.',
    nothingDropped: 'There was nothing to import in what was dropped.'
  },
  generator: {
    heading: 'Generate',
    noise: 'Noise: {percent} %',
    points: 'Points',
    pointsRange: 'Points: choose a whole number from {min} to {max}.',
    regenerate: 'Regenerate',
    seed: 'seed {seed}',
    ratio: 'The ratio of training to held-out points is the split under “Before training”.'
  },
  samples: {
    title: 'Samples',
    loading: 'Loading…',
    suggestionApplied: '{name}: its network and settings are set. Go to Training and press Start.',
    presetLeft: 'The textbook example’s network and settings were replaced by the defaults.',
    items: {
      iris: {
        name: 'Iris flowers',
        about: 'Four measurements of 150 irises; tell the three species apart.',
        tag: '150 rows · 3 classes'
      },
      xor: {
        name: 'XOR',
        about: 'Points in four quadrants; no straight line separates the two classes.',
        tag: '400 points · 2 classes'
      },
      circles: {
        name: 'Circles',
        about: 'A ring around a disc: the border is a circle.',
        tag: '400 points · 2 classes'
      },
      'two-spirals': {
        name: 'Two spirals',
        about: 'Two interleaved spiral arms: hard for a small network.',
        tag: '400 points · 2 classes'
      },
      gaussians: {
        name: 'Gaussians',
        about: 'Two blobs of points: an easy first run.',
        tag: '400 points · 2 classes'
      },
      plane: {
        name: 'Plane',
        about: 'Regression: a tilted plane z = 0.6 (x + y); a linear model fits it exactly.',
        tag: '400 points · a value to predict'
      },
      'multi-gaussian': {
        name: 'Multi-Gaussian',
        about: 'Regression: six bumps up and down; the network must bend to fit the surface.',
        tag: '400 points · a value to predict'
      },
      'fashion-small': {
        name: 'Fashion (small)',
        about: '28 × 28 gray pictures of clothes from Fashion-MNIST, 30 per class.',
        tag: '300 images · 10 classes'
      },
      apples: {
        name: 'Apples vs other fruit',
        about: 'Real 100 × 100 colour photos: logistic regression on pictures.',
        tag: '326 photos · 2 classes'
      },
      textbook: {
        name: 'Textbook example',
        about: 'The classic 2-2-2 backpropagation example, with its starting weights.',
        tag: '1 row · set weights'
      }
    }
  },
  rename: { action: 'Rename {name}', label: 'Dataset name', classLabel: 'Class name' },
  list: {
    title: 'Your datasets',
    rows: '{count} row | {count} rows',
    features: '{count} feature | {count} features',
    classes: '{count} class | {count} classes',
    targets: '{count} target | {count} targets',
    pick: 'Pick a dataset on the left, or import one.',
    deleteNamed: 'Delete {name}',
    confirmDelete: 'Delete {name}? Its runs stay in Experiments.',
    delete: 'Delete',
    keep: 'Keep',
    deleted: '{name} was deleted.'
  },
  kinds: { csv: 'Table', images: 'Image folder', idx: 'IDX images', generated: '2-D set' },
  summary: {
    region: 'Dataset summary',
    rows: 'Rows',
    features: 'Features',
    inputShape: 'Input shape',
    task: 'Task',
    shapeGray: '{height} × {width} gray',
    shapeColor: '{height} × {width} × {channels} colour',
    shapeVector: '{count} values',
    classification: '{count} classes',
    regression: 'regression · {count} target | regression · {count} targets',
    balance: 'Class balance',
    balanced: 'The classes are about equally large.',
    imbalanced:
      'The largest class has {ratio} times the rows of the smallest: accuracy alone can mislead.',
    targets: 'Regression targets',
    droppedFiles: 'the files dropped on the window',
    skippedRows:
      '{count} row was left out: see Problems and notes below. | {count} rows were left out: see Problems and notes below.',
    skippedFiles:
      '{count} file was left out: see Problems and notes below. | {count} files were left out: see Problems and notes below.'
  },
  problems: {
    region: 'Problems and notes',
    title: 'Problems and notes',
    skipped: 'Left out ({count})',
    line: 'line {line}',
    showMore: 'Show more of each kind',
    moreOfKind: '… and {count} more of this kind (the command line’s import --json lists them all)',
    kinds: {
      'wrong-field-count': 'Wrong number of fields ({count})',
      'missing-value': 'Missing value ({count})',
      'not-a-number': 'Not a number ({count})',
      'unreadable-record': 'Unreadable record ({count})',
      'unreadable-file': 'Unreadable file ({count})',
      other: 'Other ({count})'
    },
    showFewer: 'Show fewer',
    noneSkipped: 'Nothing was left out.',
    notes: 'What the import did',
    audit: 'What the data looks like',
    duplicates:
      '{count} row repeats an earlier row (same inputs and class). | {count} rows repeat earlier rows (same inputs and class).',
    duplicateInputs:
      '{count} row has the same inputs as an earlier row. | {count} rows have the same inputs as earlier rows.',
    constant:
      '{count} feature has one value only and carries no information: {names}. | {count} features have one value only and carry no information: {names}.',
    constantMore:
      '{count} features have one value only and carry no information: {names} and {more} more.',
    clean: 'No repeated rows, no constant features.'
  },
  prepare: {
    region: 'Before training',
    title: 'Before training',
    normalization: 'Normalization',
    normalize: {
      auto: 'Auto (recommended)',
      standardize: 'Standardize (mean 0, std 1)',
      minmax: 'Min–max to [0, 1]',
      scale: 'Divide by the largest value',
      none: 'None'
    },
    autoPicked: 'auto',
    explain: {
      standardize:
        'Each feature is standardized with the training rows’ mean and standard deviation.',
      minmax: 'Each feature is mapped to [0, 1] with the training rows’ minimum and maximum.',
      scale: 'Every value is divided by the largest absolute value in the training rows.',
      none: 'Inputs are used as imported.',
      pixels: 'Pixels are already in [0, 1]: no normalization.'
    },
    range: 'Raw values range from {min} to {max}.',
    scalesDiffer:
      'The features are on very different scales: without normalization, training may be slow or unstable.',
    split: 'Split',
    validationPercent: 'Validation %',
    testPercent: 'Test %',
    presets: { p80: '80 / 20', p70: '70 / 15 / 15', all: 'All for training' },
    parts: {
      train: '{percent}% train ({rows} row) | {percent}% train ({rows} rows)',
      validation: '{percent}% validation ({rows} row) | {percent}% validation ({rows} rows)',
      test: '{percent}% test ({rows} row) | {percent}% test ({rows} rows)'
    },
    officialTest:
      'The test part is the dataset’s own test set ({rows} rows), kept as published; the validation % divides the other rows.',
    noValidation:
      'No validation rows: you will not see how the network does on data it has not trained on.',
    stratified:
      'Each class is split on its own, so every part keeps the class balance (shuffled with seed {seed}).',
    shared: 'These are the settings the Training screen uses.',
    toNetwork: 'Design the network',
    toTraining: 'Go to Training'
  },
  preview: {
    region: 'Preview',
    title: 'Preview',
    imagesTitle: 'Images by class',
    tabs: { rows: 'Rows', columns: 'Columns' },
    origin: 'From',
    label: 'Label',
    target: 'target',
    previous: 'Previous',
    next: 'Next',
    page: 'Rows {from}–{to} of {total}',
    moreColumns: 'Showing the first {shown} of {total} features.',
    images: '{count} images',
    imageOf: '{name}: {origin}',
    zoomTitle: 'Image of class {name}',
    rowNumber: 'row {row}',
    close: 'Close',
    scatter: 'The points, {x} across and {y} up, coloured by class',
    axes: '{x} → · {y} ↑'
  },
  columns: {
    explain:
      'Choose one label column for classes, or target columns for regression. Apply imports the file again as a new dataset.',
    column: 'Column',
    role: 'Role',
    becomes: 'Becomes',
    values: 'Values',
    range: '{min} to {max}, mean {mean}',
    roleOf: 'Role of {name}',
    roles: {
      feature: 'Feature',
      label: 'Label (class)',
      target: 'Target (regression)',
      ignore: 'Ignore'
    },
    becomesRole: {
      feature: 'one input',
      label: 'the class to predict',
      target: 'a value to predict',
      ignore: 'left out, as asked'
    },
    oneHot: '{count} inputs, one per value: {values}',
    leftOutByImporter: 'left out by the importer: text with too many values, or empty',
    afterApply: 'changes when you apply',
    apply: 'Apply and re-import',
    applying: 'Re-importing…',
    reset: 'Undo changes',
    applied: '{name} was imported again with the new column roles.',
    problems: {
      noOutput: 'Choose a label column (classes) or at least one target column (regression).',
      twoLabels: 'Only one column can be the label.',
      labelAndTargets: 'Choose either a label column or target columns, not both.',
      noFeatures: 'At least one column must be a feature.'
    }
  }
}
